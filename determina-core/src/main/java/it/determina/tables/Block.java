package it.determina.tables;

import it.determina.layout.TextLine;

/** A piece of a page in reading order: a line of running text or a whole table. */
public sealed interface Block permits Block.Line, Block.Grid {

    int page();

    /** A line outside every table. */
    record Line(TextLine line) implements Block {
        @Override
        public int page() {
            return line.page();
        }
    }

    /** A table. */
    record Grid(Table table) implements Block {
        @Override
        public int page() {
            return table.page();
        }
    }
}
