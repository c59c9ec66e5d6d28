// The job page's template context: what a job shows at each state.
#pragma once
#include <chrono>
#include <string>

#include "model/json.h"
#include "serve/job_store.h"

namespace nastavnik::serve {

// The context for templates/serve/job.html.mustache (title included).
Json job_page(const JobView& job);

// «1 час», «30 минут»: how long files are kept, for the page's footer.
std::string keep_time_text(std::chrono::seconds ttl);

// `s` with every byte outside [A-Za-z0-9._-] as %XX (a file name inside a URL).
std::string percent_encode(const std::string& s);

}  // namespace nastavnik::serve
