import { useEffect, useState } from 'preact/hooks';
import { grantedOrigins, watchHostAccess } from '../../platform/host-access';

/** The origins the browser grants Parallax now, kept current; null until read. */
export function useHostAccess(): string[] | null {
  const [granted, setGranted] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void grantedOrigins().then((origins) => live && setGranted(origins), () => live && setGranted([]));
    read();
    const stop = watchHostAccess(read);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return granted;
}
