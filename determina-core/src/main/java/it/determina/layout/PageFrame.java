package it.determina.layout;

/**
 * How a page as read (upright, origin top left, see {@link PageRotation}) sits in the page's own user
 * space: the /Rotate that was undone and the crop box it was undone in. Turns boxes back into user-space
 * coordinates (origin bottom left of the unrotated page), as the ICDAR ground truth and PDF tools give them.
 */
public record PageFrame(int rotation, double llx, double lly, double width, double height) {

    /** The box from x0 to x1 and top to bottom (upright page) as [x1, y1, x2, y2] in user space. */
    public double[] toUserSpace(double x0, double top, double x1, double bottom) {
        double[] a = toUser(x0, top);
        double[] b = toUser(x1, bottom);
        return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])};
    }

    /** One point: first to the upright page's bottom-left origin, then back through the undone rotation. */
    private double[] toUser(double x, double top) {
        double shownHeight = rotation == 90 || rotation == 270 ? width : height;
        double xd = x;
        double yd = shownHeight - top;
        double[] u = switch (rotation) {
            case 90 -> new double[] {width - yd, xd};
            case 180 -> new double[] {width - xd, height - yd};
            case 270 -> new double[] {yd, height - xd};
            default -> new double[] {xd, yd};
        };
        return new double[] {u[0] + llx, u[1] + lly};
    }
}
