// Bounded access to the parts of an XLSX package (the ZIP archive under a workbook),
// for the workbook reader only.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nastavnik::xlsx {

// Shown for anything that is not a readable XLSX package.
inline constexpr const char* kNotAWorkbook = "файл повреждён или это не книга Excel (.xlsx)";

class ZipPackage {
 public:
  // Opens the archive at `path`; throws ReadError when the file is missing, not a
  // ZIP archive or damaged (an old .xls and a password-protected book are named as such).
  explicit ZipPackage(const std::string& path);
  ~ZipPackage();
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  // The names of every part, in archive order.
  std::vector<std::string> names() const;

  // True when the archive holds a part of that name (letter case ignored).
  bool has(const std::string& name) const;

  // The part `name` inflated, or nullopt when there is none. Throws ReadError when
  // it is damaged or holds more than `limit` bytes, checked against the size the
  // archive declares before inflating and against the bytes actually inflated.
  std::optional<std::string> read(const std::string& name, std::uint64_t limit) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nastavnik::xlsx
