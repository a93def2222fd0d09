#!/usr/bin/env bash
# A Docker engine for the container images and the container tests, on machines where none runs.
#   scripts/docker-engine.sh start [--record FILE]   install docker.io (and debootstrap) with apt if missing, start
#                                     dockerd, wait until it answers; --record: write its PID to FILE only if this call
#                                     started it (the test profile's set-up uses it to know what to stop)
#   scripts/docker-engine.sh stop [--if-recorded FILE]   stop the dockerd this script started (never one it did not
#                                     start); --if-recorded: only if FILE names it (then FILE is removed)
#   scripts/docker-engine.sh status   say which engine answers, and whether this script started it
#   scripts/docker-engine.sh host     print the DOCKER_HOST value to use (the running engine's socket)
#
# An engine that already answers (DOCKER_HOST, or the default /var/run/docker.sock) is used as it is: 'start' then
# does nothing and 'stop' leaves it alone. Otherwise dockerd is started by hand (no systemd in containers and CI
# sandboxes) with everything under ${TRACECHAIN_CACHE:-~/.cache/tracechain}/docker: data-root, exec-root, pidfile
# and its socket, so it does not collide with a system engine and its images stay in the project's cache.
# --iptables=false --bridge=none because sandboxes without NET_ADMIN cannot create the docker0 bridge or its
# iptables rules; user-defined networks and ports published on 127.0.0.1 still work (userland proxy).
# The file 'started-by-tracechain' records the PID of a daemon this script started; 'stop' only stops that PID.
set -euo pipefail

CACHE="${TRACECHAIN_CACHE:-$HOME/.cache/tracechain}"
DIR="$CACHE/docker"
SOCKET="$DIR/run/docker.sock"
PIDFILE="$DIR/run/dockerd.pid"
MARKER="$DIR/started-by-tracechain"
LOG="$DIR/dockerd.log"
OWN_HOST="unix://$SOCKET"
READY_TIMEOUT="${TRACECHAIN_DOCKER_TIMEOUT:-60}"

say() { echo "docker-engine: $*" >&2; }
die() { say "$*"; exit 1; }

as_root() { # runs a command as root: directly, or through sudo without a password
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"; else return 126; fi
}

answers() { # host: does an engine answer there?
  DOCKER_HOST="$1" timeout 10 docker info --format '{{.ServerVersion}}' >/dev/null 2>&1
}

# The engine to use: an explicit DOCKER_HOST (ours included: then only ours), else the system socket, else ours.
# Prints nothing when none answers.
running_host() {
  command -v docker >/dev/null 2>&1 || return 0
  if [ -n "${DOCKER_HOST:-}" ] && [ "$DOCKER_HOST" != "$OWN_HOST" ]; then
    if answers "$DOCKER_HOST"; then echo "$DOCKER_HOST"; fi
    return 0
  fi
  if [ -z "${DOCKER_HOST:-}" ] && [ -S /var/run/docker.sock ] && answers unix:///var/run/docker.sock; then
    echo unix:///var/run/docker.sock
    return 0
  fi
  if [ -S "$SOCKET" ] && answers "$OWN_HOST"; then echo "$OWN_HOST"; fi
}

our_pid() { # the PID of the dockerd this script started, if it still runs
  local pid
  pid="$(cat "$MARKER" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] && echo "$pid"
}

install_packages() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  [ ${#missing[@]} -gt 0 ] || return 0
  command -v apt-get >/dev/null 2>&1 \
    || die "${missing[*]} missing and there is no apt-get here: install a Docker engine (dockerd) and debootstrap, or point DOCKER_HOST at a running engine"
  say "installing ${missing[*]} with apt..."
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >"$DIR/apt.log" 2>&1; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$DIR/apt.log" 2>&1 || true
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >>"$DIR/apt.log" 2>&1 \
      || die "could not install ${missing[*]} with apt (needs root or passwordless sudo, and Debian's package repository; see $DIR/apt.log): run 'apt-get install -y ${missing[*]}' as root"
  fi
}

start() { # [--record FILE]
  local record=""
  [ "${1:-}" != --record ] || record="${2:?--record needs a file}"
  mkdir -p "$DIR/run" "$DIR/exec" "$DIR/data"
  local host
  host="$(running_host)"
  if [ -n "$host" ]; then
    say "an engine already answers at $host; using it (stop leaves it running unless this script started it)"
    echo "export DOCKER_HOST=$host"
    return 0
  fi
  if [ -n "${DOCKER_HOST:-}" ] && [ "$DOCKER_HOST" != "$OWN_HOST" ]; then
    die "DOCKER_HOST=$DOCKER_HOST does not answer; start that engine, or unset DOCKER_HOST to have this script start one at $OWN_HOST"
  fi
  install_packages
  [ "$(id -u)" -eq 0 ] || die "dockerd must run as root here (no rootless set-up): run this script as root, or start an engine and set DOCKER_HOST"
  # A pidfile left by a daemon that died would make dockerd refuse to start; its mounts go too.
  rm -f "$PIDFILE" "$MARKER"
  unmount_leftovers
  say "starting dockerd (data under $DIR, log $LOG)..."
  # setsid: the daemon outlives this script and is not hit by the caller's Ctrl-C; it is stopped by 'stop'.
  setsid dockerd --data-root "$DIR/data" --exec-root "$DIR/exec" --pidfile "$PIDFILE" -H "$OWN_HOST" \
    --iptables=false --bridge=none >"$LOG" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" > "$MARKER"
  local waited=0
  until answers "$OWN_HOST"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$MARKER"
      say "dockerd exited while starting; the end of $LOG:"
      tail -n 15 "$LOG" >&2
      exit 1
    fi
    [ "$waited" -lt "$READY_TIMEOUT" ] || { kill "$pid" 2>/dev/null || true; rm -f "$MARKER"; die "dockerd did not answer within ${READY_TIMEOUT} s (see $LOG)"; }
    sleep 1
    waited=$((waited + 1))
  done
  say "dockerd $(DOCKER_HOST="$OWN_HOST" docker info --format '{{.ServerVersion}}') ready (PID $pid) at $OWN_HOST after ${waited} s"
  if [ -n "$record" ]; then mkdir -p "$(dirname "$record")"; echo "$pid" > "$record"; fi
  echo "export DOCKER_HOST=$OWN_HOST"
}

stop() { # [--if-recorded FILE]
  local pid
  if [ "${1:-}" = --if-recorded ]; then
    local record="${2:?--if-recorded needs a file}"
    if [ ! -f "$record" ]; then
      say "the engine was not started by the set-up that wrote $record; leaving it running"
      return 0
    fi
    if [ "$(cat "$record")" != "$(our_pid || true)" ]; then
      rm -f "$record"
      say "the engine recorded in $record no longer runs; nothing to stop"
      return 0
    fi
    rm -f "$record"
  fi
  if ! pid="$(our_pid)"; then
    rm -f "$MARKER"
    say "no dockerd started by this script is running; nothing to stop"
    return 0
  fi
  say "stopping dockerd (PID $pid)..."
  kill -TERM "$pid"
  # dockerd stops its containers and its own containerd before exiting.
  local waited=0
  while kill -0 "$pid" 2>/dev/null; do
    [ "$waited" -lt 30 ] || { say "dockerd did not stop within 30 s; killing it"; kill -KILL "$pid" 2>/dev/null || true; break; }
    sleep 1
    waited=$((waited + 1))
  done
  unmount_leftovers
  rm -f "$MARKER"
  say "dockerd stopped"
}

# dockerd leaves the bind mount of its default network namespace (exec-root/netns/default) behind when it exits,
# as any mount under its directories after a kill: they would keep the cache from being deleted ('Device or resource
# busy') and pile up with every start. Deepest first; lazily when a mount is still busy.
unmount_leftovers() {
  local mount
  awk -v dir="$DIR/" 'index($2 "/", dir) == 1 {print $2}' /proc/mounts 2>/dev/null | sort -r | while read -r mount; do
    as_root umount "$mount" 2>/dev/null || as_root umount -l "$mount" 2>/dev/null \
      || say "cannot unmount $mount; unmount it by hand before deleting $DIR"
  done
}

status() {
  local host pid
  host="$(running_host)"
  if [ -z "$host" ]; then
    command -v docker >/dev/null 2>&1 || { say "no docker CLI; 'scripts/docker-engine.sh start' installs docker.io"; return 3; }
    say "no engine answers (DOCKER_HOST=${DOCKER_HOST:-unset}, /var/run/docker.sock, $SOCKET); 'scripts/docker-engine.sh start' starts one"
    return 3
  fi
  if pid="$(our_pid)"; then
    say "dockerd PID $pid, started by this script, answers at $host"
  else
    say "an engine not started by this script answers at $host"
  fi
  echo "export DOCKER_HOST=$host"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  status) status ;;
  host) running_host ;;
  *) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
