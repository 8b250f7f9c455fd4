import time
from multiprocessing import Pool


def process_item(item: int) -> tuple:
    time.sleep(0.06 if item % 2 == 0 else 0.02)  # item genap lebih lambat
    return item, item * item


if __name__ == "__main__":
    with Pool(4) as pool:
        print("imap (urutan masukan):")
        for item, hasil in pool.imap(process_item, range(8)):
            print(f"  Dapat: {hasil}")
        print("imap_unordered (urutan selesai):")
        for item, hasil in pool.imap_unordered(process_item, range(8)):
            print(f"  Dapat: {hasil} dari item {item}")
