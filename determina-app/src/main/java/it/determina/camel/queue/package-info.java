/**
 * Scale-out on RabbitMQ (issue 13): the beans of the scanner role (files taken in, stored in PostgreSQL,
 * published as work items) and of the worker role (work items converted into PostgreSQL, dead letters
 * recorded as failures), and the configuration both roles share.
 */
@NullMarked
package it.determina.camel.queue;

import org.jspecify.annotations.NullMarked;
