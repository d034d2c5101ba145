import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api';
import { channelNames, sessionLockedChannel, type SessionEvents, type SessionLockedEvent } from './contract';

contextBridge.exposeInMainWorld(
  'api',
  createApi(channelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);

const sessionEvents: SessionEvents = {
  onLocked(listener) {
    const handler = (_event: unknown, payload: SessionLockedEvent) => listener(payload);
    ipcRenderer.on(sessionLockedChannel, handler);
    return () => {
      ipcRenderer.off(sessionLockedChannel, handler);
    };
  },
};
contextBridge.exposeInMainWorld('sessionEvents', sessionEvents);
