// Zip plumbing for DOCX packages: read one into memory, write copies of it with
// another word/document.xml.
#include "render/docx_package.h"

#include <fcntl.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "system/tool_runner.h"

namespace nastavnik {

// Every package opened here is pandoc's output: when it is broken, pandoc is to
// blame (exit status 3), not the data.
constexpr const char* kPandocWrote = "pandoc (пакет pandoc) записал файл ";
namespace {

namespace fs = std::filesystem;
constexpr const char* kDocumentXml = "word/document.xml";
// libzip deflates at level 9 unless told. Measured on the consents: one form's
// document.xml (~8 KB) deflates 1.7 times faster at level 1 than at zlib's default 6
// for 10 % more bytes, and a person's forms are most of a large school's DOCX work;
// a print file of thousands of forms (MBs of repeated XML) takes the same time at
// either level and is three times smaller at 6.
constexpr zip_uint32_t kSmallDeflateLevel = 1, kLargeDeflateLevel = 6;
constexpr size_t kLargeDocument = 256 * 1024;

// ---- Zip packages ---------------------------------------------------------------

struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;

std::string quoted(const fs::path& p) { return "«" + p.string() + "»"; }

std::string read_file(const fs::path& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw std::runtime_error("не удалось открыть файл " + quoted(path) + ": " + std::strerror(errno));
  std::string bytes;
  char buf[1 << 16];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f.get())) > 0) bytes.append(buf, got);
  if (std::ferror(f.get())) throw std::runtime_error("не удалось прочитать файл " + quoted(path));
  return bytes;
}

// One output package in memory for `target`: every entry of `pkg` in its order,
// word/document.xml (entry `document_index`) replaced by `document`.
std::string build_package(zip_t* source, zip_uint64_t document_index, const std::string& document,
                          DocxPackage::Compression compression, const fs::path& target) {
  auto fail = [&](const char* why) {
    return std::runtime_error("не удалось собрать DOCX-файл " + quoted(target) + ": " + why);
  };
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, nullptr);
  if (!buffer) throw fail("нет памяти");
  zip_source_keep(buffer);  // the archive lets it go on close; its bytes are read after
  std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> holder(buffer, &zip_source_free);
  ZipPtr out(zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr));
  if (!out) throw fail("нет памяти");
  const zip_int64_t entries = zip_get_num_entries(source, 0);
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(entries); ++i) {
    const char* name = zip_get_name(source, i, 0);
    if (!name) throw fail(zip_strerror(source));
    const bool doc = i == document_index;
    zip_source_t* src = doc ? zip_source_buffer(out.get(), document.data(), document.size(), 0)
                            : zip_source_zip(out.get(), source, i, 0, 0, -1);
    const zip_int64_t added = src ? zip_file_add(out.get(), name, src, 0) : -1;
    if (added < 0) {
      if (src) zip_source_free(src);
      throw fail(zip_strerror(out.get()));
    }
    if (!doc) continue;  // whole entries are copied compressed as they are (zip_source_zip of the whole file)
    zip_stat_t st;  // the original time stamp: the same input gives the same bytes
    if (zip_stat_index(source, i, 0, &st) == 0 && (st.valid & ZIP_STAT_MTIME))
      zip_file_set_mtime(out.get(), static_cast<zip_uint64_t>(added), st.mtime, 0);
    const bool store = compression == DocxPackage::Compression::Store;
    if (zip_set_file_compression(out.get(), static_cast<zip_uint64_t>(added), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 store                                ? 0
                                 : document.size() >= kLargeDocument ? kLargeDeflateLevel
                                                                     : kSmallDeflateLevel) != 0)
      throw fail(zip_strerror(out.get()));
  }
  if (zip_close(out.get()) != 0) throw fail(zip_strerror(out.get()));
  out.release();  // closed and freed by zip_close

  zip_stat_t st;
  if (zip_source_stat(buffer, &st) != 0 || zip_source_open(buffer) != 0) throw fail("ошибка libzip");
  std::string bytes(st.size, '\0');
  const zip_int64_t got = zip_source_read(buffer, bytes.data(), st.size);
  zip_source_close(buffer);
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) throw fail("ошибка libzip");
  return bytes;
}

// Creates `path` afresh with `mode` and writes `bytes`. A file already there is
// removed first: opened as it is, it would keep its old (maybe wider) mode.
void write_new_file(const fs::path& path, const std::string& bytes, mode_t mode) {
  std::error_code ec;
  const fs::file_status st = fs::symlink_status(path, ec);
  if (fs::is_regular_file(st) || fs::is_symlink(st)) fs::remove(path, ec);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0) throw std::runtime_error("не удалось создать файл " + quoted(path) + ": " + std::strerror(errno));
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  const int saved = errno;
  if (::close(fd) != 0 || done < bytes.size()) {
    ::unlink(path.c_str());
    throw std::runtime_error("не удалось записать файл " + quoted(path) + ": " + std::strerror(saved ? saved : EIO));
  }
}

}  // namespace

struct DocxPackage::Impl {
  fs::path path;
  std::string bytes;  // the archive; the zip reads from it
  ZipPtr zip;
  zip_uint64_t document_index = 0;
  std::string document;
};

// The bytes of entry `index`, uncompressed; false when it cannot be read.
static bool read_entry(zip_t* z, zip_uint64_t index, std::string& out) {
  zip_stat_t st;
  if (zip_stat_index(z, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return false;
  zip_file_t* f = zip_fopen_index(z, index, 0);
  if (!f) return false;
  out.resize(st.size);
  const zip_int64_t got = st.size ? zip_fread(f, out.data(), st.size) : 0;
  zip_fclose(f);
  return got >= 0 && static_cast<zip_uint64_t>(got) == st.size;
}

DocxPackage::DocxPackage(const fs::path& path) : impl_(std::make_unique<Impl>()) {
  Impl& pkg = *impl_;
  pkg.path = path;
  pkg.bytes = read_file(path);
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(pkg.bytes.data(), pkg.bytes.size(), 0, &err);
  zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : nullptr;
  if (!z) {
    if (src) zip_source_free(src);
    const bool not_zip = zip_error_code_zip(&err) == ZIP_ER_NOZIP;
    zip_error_fini(&err);
    throw ToolError(std::string(kPandocWrote) + quoted(path) +
                    (not_zip ? " — не DOCX (не ZIP-архив)" : " — повреждённый ZIP-архив (DOCX)"));
  }
  zip_error_fini(&err);
  pkg.zip.reset(z);
  const zip_int64_t index = zip_name_locate(z, kDocumentXml, 0);
  if (index < 0) throw ToolError(std::string(kPandocWrote) + quoted(path) + ", в котором нет " + kDocumentXml + " — это не DOCX");
  pkg.document_index = static_cast<zip_uint64_t>(index);
  if (!read_entry(z, pkg.document_index, pkg.document))
    throw ToolError(std::string(kPandocWrote) + quoted(path) + ", из которого не распаковать " + kDocumentXml);
}

DocxPackage::~DocxPackage() = default;
DocxPackage::DocxPackage(DocxPackage&&) noexcept = default;
DocxPackage& DocxPackage::operator=(DocxPackage&&) noexcept = default;

const fs::path& DocxPackage::path() const { return impl_->path; }

const std::string& DocxPackage::document_xml() const { return impl_->document; }

std::vector<std::string> DocxPackage::parts_containing(std::string_view needle) const {
  std::vector<std::string> found;
  zip_t* z = impl_->zip.get();
  const zip_int64_t entries = zip_get_num_entries(z, 0);
  std::string bytes;
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(entries); ++i) {
    if (i == impl_->document_index) continue;
    const char* name = zip_get_name(z, i, 0);
    if (!name || !read_entry(z, i, bytes))
      throw std::runtime_error("не удалось распаковать часть пакета " + quoted(impl_->path));
    if (bytes.find(needle) != std::string::npos) found.emplace_back(name);
  }
  return found;
}

void DocxPackage::write(const std::string& document_xml, const fs::path& target, mode_t mode,
                        Compression compression) const {
  write_new_file(target, build_package(impl_->zip.get(), impl_->document_index, document_xml, compression, target),
                 mode);
}

size_t docx_document_size(const fs::path& path) {
  int err = 0;
  ZipPtr z(zip_open(path.c_str(), ZIP_RDONLY, &err));
  if (!z) throw std::runtime_error("не удалось открыть DOCX-файл " + quoted(path));
  zip_stat_t st;
  if (zip_stat(z.get(), kDocumentXml, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
    throw std::runtime_error("в файле " + quoted(path) + " нет " + kDocumentXml + " — это не DOCX");
  return static_cast<size_t>(st.size);
}

}  // namespace nastavnik
