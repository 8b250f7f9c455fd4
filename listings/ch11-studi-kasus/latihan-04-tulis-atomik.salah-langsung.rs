// Jawaban salah: langsung menulis ke tujuan. `write` mengosongkan berkasnya
// dulu, lalu mengisinya per potongan, jadi pembaca yang datang di tengah
// jalan melihat berkas kosong atau setengah jadi; penulisan yang gagal
// meninggalkan berkas terpotong dan menghancurkan versi lamanya.
// DITOLAK: pembaca bisa melihat berkas setengah jadi
disk.write(path, bytes)
