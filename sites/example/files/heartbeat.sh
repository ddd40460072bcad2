#!/bin/sh
# Logs one line every HEARTBEAT_INTERVAL seconds (set in /usr/local/etc/heartbeat.env).
set -eu
interval=${HEARTBEAT_INTERVAL:-30}
tag=${HEARTBEAT_TAG:-$(hostname)}
while :; do
	echo "heartbeat from $tag: load $(cut -d' ' -f1-3 /proc/loadavg)"
	sleep "$interval"
done
