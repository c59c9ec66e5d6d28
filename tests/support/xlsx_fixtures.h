// Workbooks for the XLSX reader's tests: hand-made packages zipped with libzip
// (parts given as text, or one part streamed so a huge one never sits in memory).
#pragma once
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace nastavnik::test {

using Parts = std::vector<std::pair<std::string, std::string>>;

// A part of `size` bytes: `head`, then `fill` repeated, then `tail`, produced on
// demand for libzip so even a 100 MB part costs no memory.
struct GeneratedPart {
  std::string head, tail;
  char fill = 'a';
  zip_uint64_t size = 0;
  zip_uint64_t pos = 0;
  zip_error_t error{};

  static zip_int64_t callback(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
    auto* g = static_cast<GeneratedPart*>(state);
    switch (cmd) {
      case ZIP_SOURCE_OPEN:
        g->pos = 0;
        return 0;
      case ZIP_SOURCE_READ: {
        char* out = static_cast<char*>(data);
        const zip_uint64_t n = std::min(len, g->size - g->pos);
        const zip_uint64_t tail_start = g->size - g->tail.size();
        for (zip_uint64_t i = 0; i < n;) {
          const zip_uint64_t p = g->pos + i;
          if (p < g->head.size()) {
            out[i++] = g->head[p];
          } else if (p >= tail_start) {
            out[i++] = g->tail[p - tail_start];
          } else {
            const zip_uint64_t run = std::min(n - i, tail_start - p);
            std::memset(out + i, g->fill, run);
            i += run;
          }
        }
        g->pos += n;
        return static_cast<zip_int64_t>(n);
      }
      case ZIP_SOURCE_CLOSE:
      case ZIP_SOURCE_FREE:
        return 0;
      case ZIP_SOURCE_STAT: {
        auto* st = static_cast<zip_stat_t*>(data);
        zip_stat_init(st);
        st->size = g->size;
        st->mtime = 0;
        st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
        return sizeof(zip_stat_t);
      }
      case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&g->error, data, len);
      case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
      default:
        zip_error_set(&g->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
  }
};

// Writes a ZIP archive at `path` with `parts` in order, then `generated` (if any) as `generated_name`.
inline void write_zip(const std::filesystem::path& path, const Parts& parts, GeneratedPart* generated = nullptr,
                      const std::string& generated_name = "") {
  int code = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!z) throw std::runtime_error("zip_open failed");
  auto add = [&](const std::string& name, zip_source_t* src) {
    if (!src || zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8) < 0) {
      if (src) zip_source_free(src);
      zip_discard(z);
      throw std::runtime_error("zip_file_add failed for " + name);
    }
  };
  for (const auto& [name, text] : parts) add(name, zip_source_buffer(z, text.data(), text.size(), 0));
  if (generated) add(generated_name, zip_source_function(z, &GeneratedPart::callback, generated));
  if (zip_close(z) != 0) {
    zip_discard(z);
    throw std::runtime_error("zip_close failed");
  }
}

inline std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

inline const char* kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The parts of a one-sheet workbook («Лист1») whose sheet data is `sheet_data`;
// `sheet_data` is the XML inside <sheetData>.
inline Parts minimal_workbook(const std::string& sheet_data, const std::string& shared_strings = "") {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  Parts parts = {
      {"_rels/.rels",
       "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml", std::string("<?xml version=\"1.0\"?><workbook xmlns=\"") + kMainNs + "\" xmlns:r=\"" +
                              kRelNs + "\"><sheets><sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
       "<Relationship Id=\"rId2\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml",
       std::string("<?xml version=\"1.0\"?><worksheet xmlns=\"") + kMainNs + "\"><sheetData>" + sheet_data +
           "</sheetData></worksheet>"},
  };
  if (!shared_strings.empty()) parts.push_back({"xl/sharedStrings.xml", shared_strings});
  return parts;
}

}  // namespace nastavnik::test
