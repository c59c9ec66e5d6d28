#include "documents/approval_block.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("approval blocks read as ГОСТ lays them out") {
  Organisation org;
  org.short_name = "МБОУ «Школа № 1»";
  Approval approve;
  approve.kind = Approval::Kind::Approve;
  approve.position = "директор МБОУ «Школа № 1»";
  approve.signer = "Петров Пётр Петрович";
  approve.date = Date{2023, 8, 31};
  CHECK(approval_lines(approve, org, "УТВЕРЖДЕН") ==
        std::vector<std::string>{"УТВЕРЖДАЮ", "Директор МБОУ «Школа № 1»", "____________ П.П.\u00A0Петров",
                                 "«31» августа 2023 г."});

  Approval agreed;
  agreed.kind = Approval::Kind::Agreed;
  agreed.body = "педагогического совета";
  agreed.document = {"1", Date{2023, 8, 30}};
  CHECK(approval_lines(agreed, org, "УТВЕРЖДЕН") ==
        std::vector<std::string>{"СОГЛАСОВАНО", "Протокол заседания педагогического совета",
                                 "от 30.08.2023 №\u00A01"});

  Approval accepted;
  accepted.kind = Approval::Kind::Accepted;
  accepted.body = "Совета родителей";
  accepted.document = {"9", std::nullopt};
  CHECK(approval_lines(accepted, org, "")[2] == "(протокол от «___» __________ 20___ г. №\u00A09)");

  Approval by_order;
  by_order.kind = Approval::Kind::ApprovedByOrder;
  by_order.document = {"234/2", Date{2023, 9, 1}};
  CHECK(approval_lines(by_order, org, "УТВЕРЖДЕНА") ==
        std::vector<std::string>{"УТВЕРЖДЕНА", "приказом МБОУ «Школа № 1»", "от 01.09.2023 №\u00A0234/2"});
}

TEST_CASE("agreement blocks go left, approval blocks right") {
  Organisation org;
  std::vector<Approval> list(3);
  list[0].kind = Approval::Kind::Approve;
  list[1].kind = Approval::Kind::Agreed;
  list[1].body = "педсовета";
  list[2].kind = Approval::Kind::Accepted;
  list[2].body = "Совета";
  Json ctx = approvals_context(list, org, "УТВЕРЖДЕН");
  CHECK(ctx["left"].size() == 2);
  CHECK(ctx["right"].size() == 1);
  CHECK(ctx["right"][0]["lines"][0] == "УТВЕРЖДАЮ");
  CHECK(approvals_context({}, org, "УТВЕРЖДЕН").is_null());
}

TEST_CASE("an imported block prints in the school's own words") {
  Organisation org;
  org.short_name = "МБОУ «Школа № 1»";
  Approval accepted;
  accepted.kind = Approval::Kind::Accepted;
  accepted.heading = "ПРИНЯТО";
  accepted.by = "Педагогическим советом";
  accepted.document = {"1", Date{2021, 8, 31}};
  CHECK(approval_lines(accepted, org, "") ==
        std::vector<std::string>{"ПРИНЯТО", "Педагогическим советом", "Протокол от 31.08.2021 №\u00A01"});

  Approval order;
  order.kind = Approval::Kind::ApprovedByOrder;
  order.heading = "УТВЕРЖДЕНО";
  order.document = {"234/2", Date{2021, 9, 1}};
  order.position = "Директор школы";
  order.signer = "Колпакова С.Б.";
  CHECK(approval_lines(order, org, "УТВЕРЖДЕНА") ==
        std::vector<std::string>{"УТВЕРЖДЕНО", "Приказ", "от 01.09.2021 №\u00A0234/2", "Директор школы",
                                 "____________ С.Б.\u00A0Колпакова"});

  Approval appendix;
  appendix.kind = Approval::Kind::ApprovedByOrder;
  appendix.heading = "Приложение 1 к приказу";
  appendix.document = {"15", Date{2022, 2, 18}};
  CHECK(approval_lines(appendix, org, "УТВЕРЖДЕНА") ==
        std::vector<std::string>{"Приложение 1 к приказу", "от 18.02.2022 №\u00A015"});
}
