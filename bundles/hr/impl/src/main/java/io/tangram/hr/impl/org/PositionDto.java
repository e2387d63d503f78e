package io.tangram.hr.impl.org;

/** A position (岗位), optionally belonging to a department, with its grade (职级). */
public record PositionDto(long id, long companyId, String code, String name, String nameZh, String departmentCode,
                          String grade, boolean active) {
}
