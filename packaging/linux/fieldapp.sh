#!/bin/sh
# The `fieldapp` command of the .deb: the program lives in /opt/fieldapp with its libraries.
exec /opt/fieldapp/fieldapp "$@"
