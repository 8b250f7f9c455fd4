#!/usr/bin/env bash
# Mengukur latensi tombol Run terhadap runner sungguhan (bukan test: tidak
# ada yang di-assert). Butuh bash dan curl.
#
#   runner/latency.sh [N]      # bawaan N = 10
#
# RUNNER_BIN=/jalur/runner dan LATENCY_WORK=folder mengukur binary lain
# (misalnya versi lama) dengan folder kerjanya sendiri.
#
# N kali: mulai runner baru, tunggu siap, catat waktu Run pertama (listing
# ch00-01); lalu N Run berikutnya di runner terakhir, masing-masing dengan
# kode yang sedikit berbeda (jadi benar-benar dikompilasi). Mencetak median,
# minimum, dan maksimum masing-masing.
set -euo pipefail
n=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${LATENCY_WORK:-$root/target/runner-latency}
origin=http://127.0.0.1:3000
listing=$root/listings/ch00-pendahuluan/01-halo-thread.rs
if [ -z "${RUNNER_BIN:-}" ]; then
    cargo build --quiet -p runner
fi
bin=${RUNNER_BIN:-$root/target/debug/runner}
mkdir -p "$work"

# Kode listing + komentar unik, sebagai badan JSON.
body() {
    local code
    code=$(cat "$listing"; printf '\n// run %s\n' "$1")
    printf '{"version":"stable","optimize":"0","edition":"2024","code":%s}' \
        "$(printf '%s' "$code" | sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/g' | awk 'BEGIN{ORS="\\n"}{print}' | sed 's/^/"/; s/$/"/')"
}

# Satu Run: mencetak waktu dalam ms; gagal bila jawabannya bukan status ok.
run_once() {
    local port=$1 token=$2 tag=$3 out
    out=$(curl -s -w '\n%{time_total}' -H "Origin: $origin" -H "X-Runner-Token: $token" \
        -H 'Content-Type: application/json' --data-binary "$(body "$tag")" \
        "http://127.0.0.1:$port/evaluate.json")
    if ! grep -q '"status": *"ok"' <<<"$out"; then
        echo "Run gagal: $out" >&2
        exit 1
    fi
    awk 'END{printf "%d\n", $1 * 1000}' <<<"$out"
}

stats() {
    sort -n | awk '{a[NR]=$1} END{m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
        printf "median %d ms, min %d ms, maks %d ms (n=%d)\n", m, a[1], a[NR], NR}'
}

first=()
later=()
for i in $(seq 1 "$n"); do
    coproc R { exec "$bin" --project "$root" --work-dir "$work" --port 0 \
        --allow-origin "$origin" --exit-on-stdin-eof 2>/dev/null; }
    port=
    while read -r line <&"${R[0]}"; do
        case $line in
            RUNNER_READY\ *) port=${line#RUNNER_READY }; break ;;
            "runner: mendengarkan di http://127.0.0.1:"*) port=${line##*:} ;;
            "runner: siap"*) break ;;
            *gagal*) echo "$line" >&2; exit 1 ;;
        esac
    done
    token=$(curl -s -H "Origin: $origin" "http://127.0.0.1:$port/token" |
        sed 's/.*"token": *"\([0-9a-f]*\)".*/\1/')
    first+=("$(run_once "$port" "$token" "pertama-$i-$$")")
    if [ "$i" = "$n" ]; then
        for j in $(seq 1 "$n"); do
            later+=("$(run_once "$port" "$token" "berikut-$j-$$")")
        done
    fi
    pid=$R_PID
    exec {R[1]}>&-
    wait "$pid" || true
done
echo "Run pertama setelah siap: $(printf '%s\n' "${first[@]}" | stats)"
echo "Run berikutnya:           $(printf '%s\n' "${later[@]}" | stats)"
echo "mentah pertama: ${first[*]}"
echo "mentah berikutnya: ${later[*]}"
