#include "import/package_check.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <string>

#include "import/import_readers.h"
#include "model/input_limits.h"
#include "xlsx/xlsx_read.h"
#include "xlsx/xlsx_xml.h"
#include "xlsx/xlsx_zip.h"

namespace nastavnik {
namespace fs = std::filesystem;
namespace {

std::string megabytes(std::uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " МБ"; }

const char* kResave = "; откройте документ в Word или LibreOffice и сохраните его заново как .docx";

// ZIP64 leaves its end-of-central-directory locator («PK\6\7») just before the
// ordinary end record, within the last 64 KiB + 42 bytes of the file; its local
// headers carry an extra field 0x0001 (Python's zipfile writes it for small parts too).
bool uses_zip64(const fs::path& file, std::uint64_t size) {
  std::ifstream in(file, std::ios::binary);
  const std::uint64_t tail = std::min<std::uint64_t>(size, 65536 + 22 + 20 + 1024);
  std::string bytes(tail, '\0');
  in.seekg(static_cast<std::streamoff>(size - tail));
  in.read(bytes.data(), static_cast<std::streamsize>(tail));
  if (bytes.find(std::string("PK\x06\x07", 4)) != std::string::npos) return true;
  // The first local header: signature, then 26 bytes, then name and extra field.
  in.clear();
  in.seekg(0);
  unsigned char h[30] = {};
  if (!in.read(reinterpret_cast<char*>(h), sizeof h)) return false;
  const unsigned name_len = h[26] | (h[27] << 8), extra_len = h[28] | (h[29] << 8);
  std::string extra(extra_len, '\0');
  in.seekg(30 + name_len);
  if (!in.read(extra.data(), extra_len)) return false;
  for (size_t i = 0; i + 4 <= extra.size();) {
    const unsigned id = static_cast<unsigned char>(extra[i]) | (static_cast<unsigned char>(extra[i + 1]) << 8);
    const unsigned len = static_cast<unsigned char>(extra[i + 2]) | (static_cast<unsigned char>(extra[i + 3]) << 8);
    if (id == 0x0001) return true;
    i += 4 + len;
  }
  return false;
}

}  // namespace

void check_import_size(const fs::path& file) {
  std::error_code ec;
  const std::uint64_t size = fs::file_size(file, ec);
  if (!ec && size > limits::kImportFileBytes)
    throw ImportError("файл слишком большой: " + megabytes(size) + ", допустимо не больше " +
                      megabytes(limits::kImportFileBytes) + " (дорожная карта обычно меньше 5 МБ)");
}

void check_import_package(const fs::path& file, const std::string& format) {
  check_import_size(file);
  std::error_code ec;
  const std::uint64_t size = fs::file_size(file, ec);
  if (ec) throw ImportError("файл не читается");
  if (uses_zip64(file, size))
    throw ImportError(std::string("архив в формате ZIP64, который pandoc не читает (Word так не сохраняет)") + kResave);
  try {
    const xlsx::ZipPackage zip(file.string());
    const std::vector<std::string> names = zip.names();
    if (names.size() > limits::kZipEntries)
      throw ImportError("в архиве документа " + std::to_string(names.size()) + " частей (допустимо не больше " +
                        std::to_string(limits::kZipEntries) + ")" + kResave);
    // The document's text, which pandoc (or LibreOffice) must parse: present and well-formed.
    const std::string main_part = format == "odt" ? "content.xml" : "word/document.xml";
    std::optional<std::string> main_xml = zip.read(main_part, limits::kZipPartBytes);
    if (!main_xml)
      throw ImportError("в архиве нет " + main_part + ": это не документ ." + format + kResave);
    pugi::xml_document doc;
    xlsx::parse_part(doc, *main_xml, file.string(), main_part);
    std::uint64_t total = 0;
    for (const std::string& name : names) {
      // Inflated in bounded chunks: a part that lies about its size stops at the limit.
      total += zip.read(name, limits::kZipPartBytes).value_or("").size();
      if (total > limits::kZipTotalBytes)
        throw ImportError("документ после распаковки больше " + megabytes(limits::kZipTotalBytes) +
                          ": это не дорожная карта или файл повреждён");
    }
  } catch (const xlsx::ReadError& e) {
    // The workbook reader's words name Excel; say what is wrong with this document.
    const std::string what = e.what();
    const size_t dash = what.rfind(" — ");
    const std::string why = dash == std::string::npos ? "архив повреждён" : what.substr(dash + std::string(" — ").size());
    if (what.find("слишком большой элемент") != std::string::npos)
      throw ImportError("часть документа больше " + megabytes(limits::kZipPartBytes) +
                        " после распаковки: это не дорожная карта или файл повреждён");
    throw ImportError("документ повреждён или обрезан (" + why + ")" + kResave);
  }
}

}  // namespace nastavnik
