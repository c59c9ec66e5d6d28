// Free space on the disk of a folder, so a failure caused by a full disk is
// reported as that and not as a fault of pandoc or of the data.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

namespace nastavnik {

// Bytes an unprivileged process may still write on the file system holding
// `path` (or its nearest existing parent); UINT64_MAX when that cannot be told.
std::uint64_t free_bytes(const std::filesystem::path& path);

// A Russian sentence «На диске, где папка «…», нет места …» when less than
// `margin` bytes are free there, else "".
std::string disk_full_note(const std::filesystem::path& path, std::uint64_t margin = 4u << 20);

}  // namespace nastavnik
