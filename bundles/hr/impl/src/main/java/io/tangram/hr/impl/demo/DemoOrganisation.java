package io.tangram.hr.impl.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The demo company's organisation and people, as HR would type them. */
final class DemoOrganisation {
    /** Late on the third working day and absent on the eighth of the month. */
    static final String ABSENT_AND_LATE = "E0004";
    static final int LATE_DAY = 2;
    static final int ABSENT_DAY = 7;
    /** On approved personal leave on the eleventh working day. */
    static final String ON_LEAVE = "E0003";
    static final int LEAVE_DAY = 10;

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    record CostCentre(String code, String name, String nameZh) {
    }

    record Department(String code, String name, String nameZh, String parentCode, String costCentre,
                      String expenseAccount, String managerNumber) {
    }

    record Position(String code, String name, String nameZh, String departmentCode, String grade) {
    }

    record Person(String number, String name, String gender, LocalDate birthDate, String email, String phone,
                  String departmentCode, String positionCode, String city, LocalDate hireDate, LocalDate probationEnd,
                  String contractType, LocalDate contractEnd, BigDecimal baseSalary, String bankName,
                  String bankAccount, String idNumber, String address) {
    }

    static final List<CostCentre> COST_CENTRES = List.of(
            new CostCentre("CC-HQ", "Head office", "总部"),
            new CostCentre("CC-SALES", "Sales", "销售"),
            new CostCentre("CC-ADMIN", "Administration", "行政"),
            new CostCentre("CC-RND", "Research and development", "研发"));

    static final List<Department> DEPARTMENTS = List.of(
            new Department("HQ", "Head office", "总部", null, "CC-HQ", "5602", "E0001"),
            new Department("SALES", "Sales", "销售部", "HQ", "CC-SALES", "5601", "E0002"),
            new Department("ADMIN", "Administration", "行政部", "HQ", "CC-ADMIN", "5602", "E0005"),
            new Department("RND", "Research and development", "研发部", "HQ", "CC-RND", "4301", "E0007"));

    static final List<Position> POSITIONS = List.of(
            new Position("GM", "General manager", "总经理", "HQ", "M3"),
            new Position("SALES-MGR", "Sales manager", "销售经理", "SALES", "M2"),
            new Position("SALES-REP", "Sales representative", "销售代表", "SALES", "P2"),
            new Position("ADMIN-MGR", "Office manager", "行政经理", "ADMIN", "M1"),
            new Position("ADMIN-CLERK", "Administrative assistant", "行政专员", "ADMIN", "P1"),
            new Position("RND-MGR", "R&D manager", "研发经理", "RND", "M2"),
            new Position("ENGINEER", "Software engineer", "软件工程师", "RND", "P3"));

    static final List<Person> PEOPLE = List.of(
            person("E0001", "张伟", "M", "1978-05-12", "HQ", "GM", "SH", "2015-03-02", null, null, "35000", "310101", 11),
            person("E0002", "李娜", "F", "1985-09-23", "SALES", "SALES-MGR", "SH", "2016-07-01", null, null, "22000",
                    "310104", 22),
            person("E0003", "王芳", "F", "1994-02-17", "SALES", "SALES-REP", "BJ", "2021-04-12", null, null, "12000",
                    "110101", 32),
            person("E0004", "刘洋", "M", "1998-11-05", "SALES", "SALES-REP", "BJ", "2024-09-02", null, "2027-09-01", "9000",
                    "110105", 41),
            person("E0005", "陈静", "F", "1988-03-30", "ADMIN", "ADMIN-MGR", "SH", "2017-11-20", null, null, "16000",
                    "310115", 52),
            person("E0006", "杨磊", "M", "2001-06-08", "ADMIN", "ADMIN-CLERK", "SH", "2026-03-16", "2026-09-15",
                    "2029-03-15", "8000", "310112", 63),
            person("E0007", "赵敏", "F", "1986-12-01", "RND", "RND-MGR", "SH", "2018-05-14", null, null, "30000", "310110",
                    72),
            person("E0008", "黄强", "M", "1995-07-19", "RND", "ENGINEER", "BJ", "2022-08-01", null, "2028-07-31", "18000",
                    "110108", 81));

    private DemoOrganisation() {
    }

    /**
     * One employee: a fixed-term contract when it has an end, open-ended otherwise; an ID number from the
     * area code, birth date and a sequence whose last digit is odd for men and even for women.
     */
    private static Person person(String number, String name, String gender, String birth, String department,
                                 String position, String city, String hired, String probationEnd, String contractEnd,
                                 String salary, String area, int sequence) {
        LocalDate born = LocalDate.parse(birth);
        int order = sequence * 10 + ("M".equals(gender) ? 1 : 2);
        String id = idNumber(area + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", order % 1000));
        boolean shanghai = "SH".equals(city);
        String digits = number.substring(1);
        return new Person(number, name, gender, born, number.toLowerCase() + "@demo.tangram.io",
                "1380000" + digits, department, position, city, LocalDate.parse(hired),
                probationEnd == null ? null : LocalDate.parse(probationEnd), contractEnd == null ? "OPEN_ENDED" : "FIXED_TERM",
                contractEnd == null ? null : LocalDate.parse(contractEnd), new BigDecimal(salary),
                shanghai ? "招商银行上海分行" : "中国工商银行北京分行", (shanghai ? "621483021000" : "622202020000") + digits,
                id, shanghai ? "上海市黄浦区南京东路 100 号" : "北京市东城区东长安街 1 号");
    }

    /** The 18-character resident ID number: the 17 digits and their GB 11643 check character. */
    static String idNumber(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + ID_CHECK.charAt(sum % 11);
    }
}
