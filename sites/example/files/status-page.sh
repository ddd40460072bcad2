#!/bin/sh
# Answers one HTTP request on stdin/stdout (the socket) with the machine's status.
read -r _request || true
body="$(hostname): up $(cut -d' ' -f1 /proc/uptime)s, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %s\r\n\r\n%s\n' "$((${#body} + 1))" "$body"
