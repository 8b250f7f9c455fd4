import multiprocessing


def pembaca(ns, i):
    print(f"Pembaca {i}: {ns.app_name} v{ns.version}", flush=True)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        ns = manager.Namespace()  # atribut bebas, disimpan di proses server
        ns.app_name = "MyApp"
        ns.version = "1.0"
        procs = [multiprocessing.Process(target=pembaca, args=(ns, i)) for i in (1, 2, 3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        ns.version = "1.1"
        print(f"Namespace setelah diperbarui: {ns.app_name} v{ns.version}")
