"""Pseudo-terminal relay for the serial reader emulator (simulator/serial/pty-pair.ts).

Opens a pty pair, puts the device side in raw mode, prints the device path as the first line
on stdout, then copies bytes: stdin -> pty master (what the "reader" sends to the host) and
pty master -> stdout (what the host wrote to the device path). It keeps its own handle on the
device side so the pty survives the host closing and reopening the port. It exits when stdin
closes or on SIGTERM; the master then closes and the host sees the line hang up, exactly as
when a USB-serial reader is unplugged.

Python's pty.openpty() is used because Node has no openpty(); this needs only python3 from the
base system (no socat).
"""
import os
import pty
import select
import signal
import sys
import tty

def main() -> int:
    master, device = pty.openpty()
    tty.setraw(device)
    path = os.ttyname(device)
    out = sys.stdout.fileno()
    os.write(out, (path + "\n").encode())
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    stdin = sys.stdin.fileno()
    while True:
        readable, _, _ = select.select([stdin, master], [], [])
        if stdin in readable:
            chunk = os.read(stdin, 4096)
            if not chunk:
                return 0
            os.write(master, chunk)
        if master in readable:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return 0
            os.write(out, chunk)

if __name__ == "__main__":
    sys.exit(main())
