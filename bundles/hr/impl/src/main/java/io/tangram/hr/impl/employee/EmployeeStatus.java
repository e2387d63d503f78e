package io.tangram.hr.impl.employee;

/** Where an employee is in their lifecycle (入职中、试用期、正式、离职). */
public enum EmployeeStatus { ONBOARDING, PROBATION, REGULAR, RESIGNED }
