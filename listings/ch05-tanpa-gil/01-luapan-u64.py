def cpu_bound(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i  # int Python membesar sendiri, tidak pernah meluap
    return total


total = cpu_bound(10_000_000)
print(f"cpu_bound(10_000_000) = {total}")
print(f"Lebih besar dari u64::MAX (2**64 - 1): {total > 2**64 - 1}")
print(f"Sisa bagi 2**64 (hasil u64 yang membungkus): {total % 2**64}")
