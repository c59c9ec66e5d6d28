#include "xlsx/xlsx_zip.h"

#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "xlsx/xlsx_read.h"

namespace nastavnik::xlsx {
namespace {

std::string megabytes(std::uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " МБ"; }

// An OLE2 compound file: Excel 97–2003 .xls, or an .xlsx Excel encrypted with a password.
bool is_compound_file(const std::string& path) {
  static const unsigned char kMagic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  std::ifstream in(path, std::ios::binary);
  char head[8] = {};
  return in.read(head, sizeof head) && std::memcmp(head, kMagic, sizeof head) == 0;
}

// What went wrong inside the archive, in Russian (libzip's own words are English).
std::string zip_problem(int code) {
  switch (code) {
    case ZIP_ER_CRC: return "контрольная сумма не сходится";
    case ZIP_ER_ZLIB: return "сжатые данные испорчены";
    case ZIP_ER_EOF: return "архив обрезан";
    case ZIP_ER_INCONS: return "оглавление архива противоречиво";
    case ZIP_ER_COMPNOTSUPP: return "неизвестный способ сжатия";
    case ZIP_ER_ENCRNOTSUPP: return "неизвестный способ шифрования";
    case ZIP_ER_MEMORY: return "не хватает памяти";
    case ZIP_ER_READ:
    case ZIP_ER_SEEK: return "ошибка чтения файла";
    default: return "ошибка libzip № " + std::to_string(code);
  }
}

}  // namespace

struct ZipPackage::Impl {
  std::string path;
  zip_t* zip = nullptr;
  ~Impl() {
    if (zip) zip_discard(zip);
  }
};

ZipPackage::ZipPackage(const std::string& path) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw ReadError(path, "это папка, а не файл книги");
  int code = 0;
  impl_->zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (impl_->zip) return;
  if (code == ZIP_ER_NOENT) throw ReadError(path, "файл не найден");
  if (code == ZIP_ER_OPEN || code == ZIP_ER_READ) {
    const int saved = errno;
    if (saved == EACCES) throw ReadError(path, "нет прав на чтение файла");
    throw ReadError(path, std::string("не удалось открыть файл: ") + std::strerror(saved ? saved : EIO));
  }
  if (is_compound_file(path))
    throw ReadError(path, "это книга старого формата Excel 97–2003 (.xls) или книга, защищённая паролем; "
                          "сохраните её как «Книга Excel (.xlsx)» без пароля");
  const std::string detail = code == ZIP_ER_NOZIP ? "это не ZIP-архив: файл другого формата или обрезан"
                                                  : "архив повреждён (" + zip_problem(code) + ")";
  throw ReadError(path, std::string(kNotAWorkbook) + " — " + detail);
}

ZipPackage::~ZipPackage() = default;

std::vector<std::string> ZipPackage::names() const {
  std::vector<std::string> out;
  const zip_int64_t n = zip_get_num_entries(impl_->zip, 0);
  for (zip_int64_t i = 0; i < n; ++i)
    if (const char* name = zip_get_name(impl_->zip, static_cast<zip_uint64_t>(i), 0)) out.emplace_back(name);
  return out;
}

bool ZipPackage::has(const std::string& name) const {
  return zip_name_locate(impl_->zip, name.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::optional<std::string> ZipPackage::read(const std::string& name, std::uint64_t limit) const {
  zip_t* z = impl_->zip;
  const zip_int64_t index = zip_name_locate(z, name.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::nullopt;
  auto too_big = [&] {
    return ReadError(impl_->path, "слишком большой элемент книги " + name + " (больше " + megabytes(limit) +
                                      " после распаковки); книга повреждена или это не таблица школы");
  };
  auto damaged = [&](const std::string& why) {
    return ReadError(impl_->path, std::string(kNotAWorkbook) + " — не удалось распаковать " + name + " (" + why + ")");
  };
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(z, static_cast<zip_uint64_t>(index), 0, &st) != 0)
    throw damaged(zip_problem(zip_error_code_zip(zip_get_error(z))));
  if ((st.valid & ZIP_STAT_SIZE) && st.size > limit) throw too_big();  // before inflating a byte

  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(z, static_cast<zip_uint64_t>(index), 0),
                                                         &zip_fclose);
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(z));
    if (code == ZIP_ER_NOPASSWD) throw ReadError(impl_->path, "книга защищена паролем; сохраните её без пароля");
    throw damaged(zip_problem(code));
  }
  std::string bytes;
  if (st.valid & ZIP_STAT_SIZE) bytes.reserve(static_cast<std::size_t>(st.size));
  // The declared size may lie: read in chunks and stop at the limit regardless.
  char chunk[1 << 16];
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), chunk, sizeof chunk);
    if (got < 0) throw damaged(zip_problem(zip_error_code_zip(zip_file_get_error(file.get()))));
    if (got == 0) break;
    if (bytes.size() + static_cast<std::uint64_t>(got) > limit) throw too_big();
    bytes.append(chunk, static_cast<std::size_t>(got));
  }
  return bytes;
}

}  // namespace nastavnik::xlsx
