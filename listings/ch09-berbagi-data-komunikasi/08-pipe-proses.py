import os
import subprocess
import sys
import time

if sys.argv[1:] == ["--anak"]:  # proses anak: baca stdin sampai EOF
    print(f"PID anak: {os.getpid()}", flush=True)
    for baris in sys.stdin:
        print(f"diterima {baris.strip()}", flush=True)
    sys.exit(0)

print(f"PID induk: {os.getpid()}")
anak = subprocess.Popen(
    [sys.executable, __file__, "--anak"],
    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
)
print(f"Dari anak: {anak.stdout.readline().strip()}")
for msg in ["Hello", "World", "From", "Sender"]:
    anak.stdin.write(f"{msg}\n")
    anak.stdin.flush()  # kirim sekarang juga, anak sedang menunggu
    print(f"  Terkirim: {msg}")
    print(f"  Dari anak: {anak.stdout.readline().strip()}")
    time.sleep(0.05)
anak.stdin.close()  # EOF: perulangan anak selesai
print(f"Anak selesai dengan kode keluar: {anak.wait()}")
print("Komunikasi antarproses selesai!")
