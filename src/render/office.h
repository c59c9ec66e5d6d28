// DOCX to PDF with LibreOffice, at the speed of the machine. LibreOffice's cost per
// page grows with the size of the document it lays out (measured on 2 cores: 8.5
// ms a page from 150 to 600 pages, 17 ms from 600 to 1,500), so a long print file
// is converted in parts of at most kOfficePartPages expected pages and the part
// PDFs are joined with qpdf. The parts and documents are split into balanced groups,
// one LibreOffice process per group (each with its own profile) running side by side.
#pragma once
#include <atomic>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "render/build.h"

namespace nastavnik {

// The longest document one LibreOffice conversion gets, in expected pages: below it
// the cost per page is flat.
constexpr double kOfficePartPages = 150;

// At most this many LibreOffice processes at once, whatever -j says: each takes
// about 200 MB.
constexpr size_t kMaxOfficeProcesses = 8;

// Expected pages of a word/document.xml of `xml_bytes` bytes (about 8 KB a page),
// at least 1.
double expected_pages(size_t xml_bytes);

// One DOCX for LibreOffice and what it is expected to cost.
struct PdfPart {
  std::filesystem::path docx;
  double pages = 1;
};

// One PDF of the build: its parts converted separately and joined in order.
struct PdfJob {
  std::vector<PdfPart> parts;
  std::filesystem::path target;
};

// Splits every part of `jobs` into at most `groups` groups of nearly equal expected
// cost (longest first, each to the cheapest group; a file costs a few pages more
// than its pages). Returns, per group, the (job, part) indices in job order; no
// group is empty. Depends only on the jobs and `groups`, never on timing.
std::vector<std::vector<std::pair<size_t, size_t>>> plan_office_groups(const std::vector<PdfJob>& jobs,
                                                                       size_t groups);

// Converts every job into its target PDF: up to `processes` LibreOffice processes at
// once, each with a private profile under `work`, then qpdf joins the parts of a
// job. Throws ToolError when LibreOffice or qpdf fails, hangs or makes no file; the
// other processes are stopped first.
void convert_to_pdf(const RenderEnv& env, const std::vector<PdfJob>& jobs, const std::filesystem::path& work,
                    size_t processes);

// Joins `parts` (PDF files) in order into `target` with qpdf, keeping the first
// part's document information; throws ToolError when qpdf fails.
void join_pdfs(const RenderEnv& env, const std::vector<std::filesystem::path>& parts,
               const std::filesystem::path& target, const std::atomic<bool>& cancel);

}  // namespace nastavnik
