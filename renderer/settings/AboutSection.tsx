// Version, the disclaimer, and where the log and data live (for support requests).

import type { AppInfo } from '../../shared/ipc.ts'
import { disclaimer } from '../../shared/protocol.ts'
import { strings } from '../strings.ts'

const s = strings.settings

export function AboutSection({ info }: { info: AppInfo | null }) {
  return (
    <section className="card" aria-labelledby="settings-about">
      <h2 id="settings-about">{s.aboutHeading}</h2>
      {info && <p>{`${info.name} · ${s.version(info.version)}`}</p>}
      <p className="disclaimer">{disclaimer()}</p>
      {info?.storageProtection && <p>{s.storage[info.storageProtection]}</p>}
      {info && (
        <dl className="paths">
          <dt>{s.logPath}</dt>
          <dd>
            <code>{info.logPath}</code>
          </dd>
          <dt>{s.dataPath}</dt>
          <dd>
            <code>{info.dataPath}</code>
          </dd>
        </dl>
      )}
    </section>
  )
}
