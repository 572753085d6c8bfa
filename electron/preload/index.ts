import { contextBridge, ipcRenderer } from 'electron';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { buildPlannerBridge } from '@shared/ipc/planner-api';

// Named functions only; the page never sees ipcRenderer or the IPC event object.
contextBridge.exposeInMainWorld(
  'planner',
  buildPlannerBridge(invokeChannels, eventChannels, {
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    subscribe: (channel, listener) => {
      const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => ipcRenderer.removeListener(channel, forward);
    },
  }),
);
