// The application id: Windows groups notifications and the taskbar by it; electron-builder uses the same.
export const APP_ID = 'app.eventide.Eventide'
export const APP_NAME = 'Eventide'
