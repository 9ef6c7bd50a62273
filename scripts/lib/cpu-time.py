#!/usr/bin/env python3
"""Runs a command and writes the CPU seconds (user + system) that it and every process it started used.

   python3 scripts/lib/cpu-time.py OUT_FILE COMMAND [ARG...]   (exits with the command's status)

GNU time counts only the children a process waits for; a test run's browsers and servers are often killed, and
their orphans reaped by init, so their time would be lost. This wrapper makes itself a child subreaper (Linux
prctl), so every descendant is reaped here and its time is counted, and waits until the last one has exited.
"""
import ctypes, os, resource, sys

PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
out, command = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    os.execvp(command[0], command)
status = 1
while True:
    try:
        reaped, code = os.wait()
    except ChildProcessError:
        break
    if reaped == pid:
        status = os.waitstatus_to_exitcode(code)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as f:
    f.write(f"{usage.ru_utime + usage.ru_stime:.1f}\n")
sys.exit(status if status >= 0 else 128 - status)
