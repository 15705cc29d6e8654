/**
 * Output to PostgreSQL (issue 13): the schema made and upgraded by Flyway, each document's standards,
 * versions, flags or failure written in one transaction, and the files the work queue shares as large objects.
 */
@NullMarked
package it.determina.output.db;

import org.jspecify.annotations.NullMarked;
