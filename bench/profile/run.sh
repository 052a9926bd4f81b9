#!/usr/bin/env bash
# CPU profile of a running WildFly with async-profiler (Maven Central: tools.profiler:async-profiler,
# linux-x64 classifier): Java, JIT, GC and kernel frames, unlike JFR's execution samples, which see
# only a few Java threads per interval.
#
#   bench/profile/run.sh <wildfly-pid> <seconds> [out-prefix] [filter ...]
#     e.g. while bench/api/run.sh runs (the JVM listening on 8080):
#       bench/profile/run.sh "$(ss -ltnp | grep ':8080 ' | grep -o 'pid=[0-9]*' | cut -d= -f2)" 20
#
# Writes <out-prefix>.collapsed (flame-graph input) and prints the top frames (bench/profile/Frames.java);
# filters (substrings) restrict the inclusive list, e.g. pe/colca org/hibernate.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pid=${1:?wildfly pid}; seconds=${2:-20}; out=${3:-/tmp/colca-profile-$(date +%s)}; shift 3 2>/dev/null || shift $#
version=${ASYNC_PROFILER_VERSION:-4.1}
lib_dir=${TMPDIR:-/tmp}/async-profiler-$version
lib=$lib_dir/linux-x64/libasyncProfiler.so
if [ ! -f "$lib" ]; then
  mkdir -p "$lib_dir"
  mvn -q -B dependency:copy -Dartifact="tools.profiler:async-profiler:$version:jar:linux-x64" -DoutputDirectory="$lib_dir" >&2
  (cd "$lib_dir" && unzip -o -q "async-profiler-$version-linux-x64.jar" 'linux-x64/*')
fi
java "$here/Attach.java" "$pid" "$lib" "start,event=cpu,interval=1ms"
sleep "$seconds"
java "$here/Attach.java" "$pid" "$lib" "stop,file=$out.collapsed,collapsed"
echo "profile: $out.collapsed"
java "$here/Frames.java" "$out.collapsed" 30 "$@"
