import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { printRouteFor } from './printRoutes';

/** What the Electron menu tells the page (electron/ipc-channel.ts MENU_COMMANDS). */
type MenuCommand = 'print';

interface MenuBridge {
  /** Calls `listener` for each menu command; returns the way to stop listening. */
  onCommand: (listener: (command: MenuCommand) => void) => () => void;
}

declare global {
  interface Window {
    /** Present inside the Electron app (preload): commands from the application menu. */
    tandemMenu?: MenuBridge;
  }
}

/**
 * File ▸ Print… (Ctrl+P) opens the print preview of what the current page is about. In the app
 * the menu sends the command; in a browser the same keys are caught here, instead of the
 * browser printing the screen with its navigation and buttons.
 */
export function MenuCommands() {
  const navigate = useNavigate();
  const location = useLocation();
  const { pathname, search } = location;

  useEffect(() => {
    const print = () => {
      const target = printRouteFor(pathname, new URLSearchParams(search));
      if (target !== `${pathname}${search}`) navigate(target);
    };
    const bridge = window.tandemMenu;
    if (bridge) {
      return bridge.onCommand((command) => {
        if (command === 'print') print();
      });
    }
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pathname, search, navigate]);

  return null;
}
