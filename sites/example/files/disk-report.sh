#!/bin/sh
# Prints the usage of each file system given as an argument, for the journal.
set -eu
for fs in "$@"; do
	df -h "$fs" | tail -n 1
done
