package it.determina.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins tables continued over page breaks. A table that opens a page continues the table that closed
 * the previous page when nothing but furniture stands between them and the columns are the same; its
 * first row is dropped when it repeats the table's header, and a first row with an empty first column
 * is the rest of the row the page break cut, so its cells are appended to that row's cells.
 */
public final class TableStitcher {

    private TableStitcher() {
    }

    /** The blocks of consecutive pages in reading order, with continued tables merged. */
    public static List<Block> stitch(List<List<Block>> pages) {
        List<Block> out = new ArrayList<>();
        for (List<Block> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                Block b = page.get(i);
                Block last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (i == 0 && b instanceof Block.Grid next && last instanceof Block.Grid prev
                        && next.table().page() == prev.table().lastPage() + 1
                        && prev.table().hasColumnsOf(next.table())) {
                    out.set(out.size() - 1, new Block.Grid(merge(prev.table(), next.table())));
                } else {
                    out.add(b);
                }
            }
        }
        return out;
    }

    static Table merge(Table first, Table next) {
        List<Row> rows = new ArrayList<>(first.rows());
        List<Row> more = new ArrayList<>(next.rows());
        if (!more.isEmpty() && !rows.isEmpty() && more.get(0).signature().equals(rows.get(0).signature())) {
            more.remove(0);
        }
        if (!more.isEmpty() && !rows.isEmpty() && isContinuation(more.get(0), first.columnCount())) {
            rows.set(rows.size() - 1, join(rows.get(rows.size() - 1), more.remove(0)));
        }
        int base = rows.size();
        for (int i = 0; i < more.size(); i++) {
            final int r = base + i;
            rows.add(new Row(more.get(i).cells().stream().map(c -> c.withRow(r)).toList()));
        }
        return new Table(first.page(), first.columnEdges(), rows, first.ruled() && next.ruled());
    }

    private static boolean isContinuation(Row row, int columns) {
        Cell head = row.at(0);
        return columns > 1 && (head == null || head.isEmpty()) && !row.isBlank();
    }

    private static Row join(Row cut, Row rest) {
        List<Cell> cells = new ArrayList<>();
        for (Cell c : cut.cells()) {
            Cell tail = rest.at(c.col());
            cells.add(tail == null || tail.col() != c.col() ? c : c.append(tail));
        }
        return new Row(cells);
    }
}
