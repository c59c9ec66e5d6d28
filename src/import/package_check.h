// A DOCX or ODT is a ZIP package; pandoc (its zip-archive library) inflates every
// part into memory and does not read ZIP64. So a package is checked here first,
// with the workbook reader's bounded unzip and the same limits, and a corrupt,
// truncated, ZIP64 or oversized one is refused as bad input before pandoc runs.
#pragma once
#include <filesystem>
#include <string>

namespace nastavnik {

// Throws ImportError with a Russian message when the package at `file` ("docx" or
// "odt") is too large, not a readable ZIP archive, uses ZIP64, lacks its main part
// or has it not well-formed, or inflates beyond limits::kZipPartBytes per part or
// limits::kZipTotalBytes in all.
void check_import_package(const std::filesystem::path& file, const std::string& format);

// Throws ImportError when `file` is larger than limits::kImportFileBytes.
void check_import_size(const std::filesystem::path& file);

}  // namespace nastavnik
