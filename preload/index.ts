import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api';
import { channelNames } from './contract';

contextBridge.exposeInMainWorld(
  'api',
  createApi(channelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);
