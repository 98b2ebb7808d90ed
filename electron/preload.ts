import { contextBridge } from 'electron'

contextBridge.exposeInMainWorld('eventide', {})
