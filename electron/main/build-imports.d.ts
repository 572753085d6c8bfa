// electron-vite builds `import start from './x?nodeWorker'` into a function that starts x.ts,
// bundled as a file of its own, in a worker thread.
declare module '*?nodeWorker' {
  import type { Worker, WorkerOptions } from 'node:worker_threads';
  export default function start(options: WorkerOptions): Worker;
}
