import './zod-jitless.ts'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { applyTheme } from './theme.ts'
import './styles.css'
import './views.css'

// Follow the system until the saved choice arrives, so the first paint already matches.
applyTheme('system')
const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
