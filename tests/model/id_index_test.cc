// Look-ups by id: found in constant time, and never a wrong element when the
// list has grown, shrunk or had an element replaced.
#include "model/id_index.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "model/model.h"

using namespace nastavnik;

namespace {
struct Item {
  std::string id;
  int value = 0;
};
}  // namespace

TEST_CASE("an index finds the first element with an id as the list changes", "[id_index]") {
  std::vector<Item> list = {{"a", 1}, {"b", 2}, {"a", 3}};
  IdIndex index;
  REQUIRE(index.find(list, "a"));
  CHECK(index.find(list, "a")->value == 1);  // the first, as a scan finds it
  CHECK(index.find(list, "b")->value == 2);
  CHECK(index.find(list, "c") == nullptr);
  list.push_back({"c", 4});  // grown: the new element is found
  REQUIRE(index.find(list, "c"));
  CHECK(index.find(list, "c")->value == 4);
  list[1] = {"d", 5};  // replaced in place: the old id is gone, the new one found
  CHECK(index.find(list, "b") == nullptr);
  REQUIRE(index.find(list, "d"));
  CHECK(index.find(list, "d")->value == 5);
  list.erase(list.begin());  // shrunk: positions moved
  REQUIRE(index.find(list, "a"));
  CHECK(index.find(list, "a")->value == 3);
  CHECK(index.find(list, "c")->value == 4);
}

TEST_CASE("a copied programme finds people in its own lists", "[id_index]") {
  Programme p;
  p.staff.push_back({.id = "t1", .full_name = "Иванова Анна Петровна"});
  p.pupils.push_back({.id = "p1", .full_name = "Петров Пётр"});
  REQUIRE(p.find_staff("t1"));
  Programme copy = p;
  REQUIRE(copy.find_staff("t1"));
  CHECK(copy.find_staff("t1") == &copy.staff[0]);  // not the original's element
  CHECK(copy.find_pupil("p1") == &copy.pupils[0]);
  CHECK(copy.find_person("p1").pupil == &copy.pupils[0]);
  CHECK(copy.find_other("t1") == nullptr);
}
