// Calm one-off messages from main, such as where a damaged settings file was copied.
import { strings } from '../strings.ts'

export function Notices({ notices }: { notices: string[] }) {
  return (
    <div role="status" aria-label={strings.checklist.noticesLabel}>
      {notices.length > 0 && (
        <ul className="notices">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
