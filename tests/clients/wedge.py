#!/usr/bin/env python3
"""A client that never reads (issue 19): opens a pty at 500x200 (the largest
the server draws), sends keys and resizes without reading a byte until the
server has filled its window, sends some more keys, then closes its socket.
usage: wedge.py PORT KEY_FILE SECONDS [STAY]: SECONDS is the most it floods;
with STAY it then keeps the connection open that long (paramiko answers the
server's keepalives meanwhile) before it closes its socket. Needs paramiko
(Debian: python3-paramiko). paramiko opens its window only as the application
reads, so the server's session ends up waiting for a window that never opens
while keys keep arriving: the case that wedged the server's connection loop."""
import logging, socket, sys, time
import paramiko

logging.disable(logging.CRITICAL)
port, key, secs = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
stay = float(sys.argv[4]) if len(sys.argv) > 4 else 0
s = socket.create_connection(("127.0.0.1", port))
t = paramiko.Transport(s)
t.start_client()
t.auth_publickey("wedge", paramiko.Ed25519Key.from_private_key_file(key))
ch = t.open_session()
ch.get_pty(term="xterm", width=500, height=200)
ch.invoke_shell()
# Every resize redraws the whole screen; once what came back fills the window
# (2 MiB, paramiko's default), the server can send nothing more.
start, i = time.time(), 0
while len(ch.in_buffer) < 2_000_000 and time.time() - start < secs:
    i += 1
    ch.resize_pty(width=500 - (i % 2), height=200)
    ch.send(b"jk")
filled = len(ch.in_buffer)
# More keys than the session's input queue holds, with resizes still, so that
# whatever window was left is used up too.
for _ in range(500):
    i += 1
    ch.resize_pty(width=500 - (i % 2), height=200)
    ch.send(b"jk")
time.sleep(0.5)
print(f"window filled with {filled} bytes after {time.time() - start:.1f} s", file=sys.stderr)
time.sleep(stay)
try:
    s.shutdown(socket.SHUT_RDWR)
except OSError:
    pass  # the server closed it first
s.close()
