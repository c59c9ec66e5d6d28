// Every cap on what a user's file may hold, in one place: the readers (JSON,
// workbook, import) refuse input beyond these with a located message, so nothing
// reaches pandoc or LibreOffice that they cannot lay out, and no reader's memory or
// stack grows with a hostile file. README («Ограничения») lists the same numbers.
#pragma once
#include <cstddef>
#include <cstdint>

namespace nastavnik::limits {

// Sizes of the files a user gives. A school's data file is well under 1 MB, its
// workbook under 2 MB, a Word roadmap under 5 MB.
inline constexpr std::uint64_t kDataFileBytes = 16u << 20;      // data.json
inline constexpr std::uint64_t kWorkbookFileBytes = 64u << 20;  // data.xlsx, as stored
inline constexpr std::uint64_t kImportFileBytes = 64u << 20;    // a .docx/.odt/.txt to import

// Nesting of JSON arrays and objects; the data format needs 6.
inline constexpr int kJsonDepth = 64;

// Characters (code points) of one text value, by the kind of field.
inline constexpr std::size_t kNameChars = 300;           // a person's name, a position, a code
inline constexpr std::size_t kOrganisationChars = 1000;  // the organisation's names and address
inline constexpr std::size_t kTitleChars = 5000;         // an event's title, result, a document's title
inline constexpr std::size_t kTextChars = 20000;         // any other text (a SWOT item, a best practice)
// One word: characters between spaces or hyphens. The longest Russian word has
// about 35 letters and a site address rarely 150; LibreOffice stalls on words of
// tens of thousands of characters in a table cell.
inline constexpr std::size_t kWordChars = 200;

// ZIP packages (a workbook, an imported DOCX/ODT): bounded inflating.
inline constexpr std::uint64_t kZipPartBytes = 16u << 20;   // one part, inflated
inline constexpr std::uint64_t kZipTotalBytes = 64u << 20;  // all parts together, inflated
inline constexpr std::size_t kZipEntries = 10000;           // parts in one package

// Memory for pandoc when it reads a document to import (its RTS heap limit).
inline constexpr int kPandocHeapMB = 1536;

}  // namespace nastavnik::limits
