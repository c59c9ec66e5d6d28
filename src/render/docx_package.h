// A DOCX package held in memory: read once, its word/document.xml taken out as
// text, and copies written with another word/document.xml (every other entry's
// compressed data copied as it is, so only the document is deflated per copy).
#pragma once
#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

class DocxPackage {
 public:
  // Reads the package at `path` (always pandoc's output); throws ToolError with a
  // Russian message naming pandoc when it is no ZIP archive or has no
  // word/document.xml, std::runtime_error when it cannot be read.
  explicit DocxPackage(const std::filesystem::path& path);
  ~DocxPackage();
  DocxPackage(DocxPackage&&) noexcept;
  DocxPackage& operator=(DocxPackage&&) noexcept;

  // Where the package was read from (for messages).
  const std::filesystem::path& path() const;

  // The text of word/document.xml.
  const std::string& document_xml() const;

  // Names of the entries other than word/document.xml whose uncompressed bytes
  // contain `needle`; throws std::runtime_error when an entry cannot be read.
  std::vector<std::string> parts_containing(std::string_view needle) const;

  // How the new word/document.xml is stored: deflated for files a user gets, stored
  // as is for intermediates only LibreOffice reads (no time spent compressing).
  enum class Compression { Deflate, Store };

  // Writes a copy with word/document.xml replaced by `document_xml` to `target`,
  // created afresh with `mode` (as open(2) applies it, minus the umask); throws
  // std::runtime_error with a Russian message on any zip or I/O error.
  void write(const std::string& document_xml, const std::filesystem::path& target, mode_t mode,
             Compression compression = Compression::Deflate) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The uncompressed size of the word/document.xml of the DOCX at `path`, read from
// the zip directory (nothing is inflated); throws std::runtime_error with a Russian
// message when the file is no DOCX.
size_t docx_document_size(const std::filesystem::path& path);

}  // namespace nastavnik
