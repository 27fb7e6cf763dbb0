package org.leadline.logic.links;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;

/**
 * A force-directed layout (Fruchterman–Reingold) whose repulsion is approximated with a Barnes–Hut quadtree, so that
 * an iteration costs n log n instead of n²: 5,000 leads lay out in well under a second. Links pull their ends
 * together, every lead pushes the others away, and a weak gravity keeps unlinked leads and separate networks from
 * drifting off. The start is drawn from a fixed seed, so the same graph always gets the same picture.
 *
 * <p>JGraphT's own FR layouts (IndexedFRLayoutAlgorithm2D is its Barnes–Hut one) cannot report progress or be
 * cancelled between iterations and keep points in hash maps; this one works on arrays indexed like
 * {@link LinkGraph#nodes()}.
 */
public final class ForceLayout {
    public static final long SEED = 5_000L;
    static final int ITERATIONS = 120;
    /** Barnes–Hut opening angle: a cell farther than its size divided by this counts as one body. */
    private static final double THETA = 0.9;
    private static final double GRAVITY = 0.5;
    private static final int MAX_DEPTH = 40;
    /** The body of a leaf that holds several coincident bodies. */
    private static final int MANY = -2;

    /** Positions by node index; the unit is the ideal link length. */
    public record Positions(double[] x, double[] y) {
        public int size() {
            return x.length;
        }

        /** minX, minY, maxX, maxY of the positions (a unit square around the origin when there are none). */
        public double[] bounds() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i = 0; i < x.length; i++) {
                b[0] = Math.min(b[0], x[i]);
                b[1] = Math.min(b[1], y[i]);
                b[2] = Math.max(b[2], x[i]);
                b[3] = Math.max(b[3], y[i]);
            }
            return x.length == 0 ? new double[] {-1, -1, 1, 1} : b;
        }

        /** The positions of the leads of {@code shown} (a filter of {@code laidOut}), indexed like {@code shown.nodes()}. */
        public Positions restrict(LinkGraph laidOut, LinkGraph shown) {
            double[] sx = new double[shown.size()];
            double[] sy = new double[shown.size()];
            for (int i = 0; i < sx.length; i++) {
                int index = laidOut.indexOf(shown.nodes().get(i).id());
                sx[i] = x[index];
                sy[i] = y[index];
            }
            return new Positions(sx, sy);
        }
    }

    private ForceLayout() {
    }

    public static Positions layout(LinkGraph graph, Progress progress) {
        int[] from = new int[graph.edges().size()];
        int[] to = new int[from.length];
        for (int e = 0; e < from.length; e++) {
            LinkEdge edge = graph.edges().get(e);
            from[e] = graph.indexOf(edge.source().id());
            to[e] = graph.indexOf(edge.target().id());
        }
        return layout(graph.size(), from, to, progress);
    }

    /** Lays out {@code n} nodes linked by the edges {@code from[e]}–{@code to[e]}; cancelling stops between iterations. */
    public static Positions layout(int n, int[] from, int[] to, Progress progress) {
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom random = new SplittableRandom(SEED);
        double side = Math.sqrt(Math.max(1, n));
        for (int i = 0; i < n; i++) {
            x[i] = (random.nextDouble() - 0.5) * side;
            y[i] = (random.nextDouble() - 0.5) * side;
        }
        if (n < 2) {
            progress.report(1, 1);
            return new Positions(x, y);
        }
        int[] degree = new int[n];
        for (int e = 0; e < from.length; e++) {
            degree[from[e]]++;
            degree[to[e]]++;
        }
        double[] dx = new double[n];
        double[] dy = new double[n];
        QuadTree tree = new QuadTree(n);
        double startTemperature = side / 4;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            if (progress.cancelled()) {
                throw new CancelledException("The layout was cancelled.");
            }
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            tree.build(x, y);
            for (int i = 0; i < n; i++) {
                tree.repulse(i, x, y, dx, dy);
            }
            for (int e = 0; e < from.length; e++) {
                int a = from[e];
                int b = to[e];
                double ex = x[a] - x[b];
                double ey = y[a] - y[b];
                double distance = Math.sqrt(ex * ex + ey * ey) + 1e-9;
                // FR attraction d²/k with k = 1, shared by how linked each end is, so hubs do not collapse their leaves.
                double force = distance;
                double fa = force / Math.max(1, Math.sqrt(degree[a]));
                double fb = force / Math.max(1, Math.sqrt(degree[b]));
                dx[a] -= ex * fa;
                dy[a] -= ey * fa;
                dx[b] += ex * fb;
                dy[b] += ey * fb;
            }
            double temperature = startTemperature * (1 - (double) iteration / ITERATIONS) + 0.01;
            for (int i = 0; i < n; i++) {
                // Linked leads are pulled in harder than unlinked ones, which settle around them in a ring of their own.
                double gravity = degree[i] == 0 ? GRAVITY : 2 * GRAVITY;
                double gx = dx[i] - gravity * x[i];
                double gy = dy[i] - gravity * y[i];
                double length = Math.sqrt(gx * gx + gy * gy);
                if (length > 0) {
                    double step = Math.min(length, temperature) / length;
                    x[i] += gx * step;
                    y[i] += gy * step;
                }
            }
            progress.report(iteration + 1, ITERATIONS);
        }
        return new Positions(x, y);
    }

    /** A Barnes–Hut quadtree in flat arrays, rebuilt every iteration without allocating. */
    private static final class QuadTree {
        private int cells;
        private int[] child;
        private int[] body;
        private double[] mass;
        private double[] massX;
        private double[] massY;
        private double[] centreX;
        private double[] centreY;
        private double[] half;
        private int[] stack;

        QuadTree(int n) {
            allocate(Math.max(16, 4 * n));
            stack = new int[4 * MAX_DEPTH + 8];
        }

        private void allocate(int capacity) {
            child = child == null ? new int[capacity * 4] : Arrays.copyOf(child, capacity * 4);
            body = body == null ? new int[capacity] : Arrays.copyOf(body, capacity);
            mass = mass == null ? new double[capacity] : Arrays.copyOf(mass, capacity);
            massX = massX == null ? new double[capacity] : Arrays.copyOf(massX, capacity);
            massY = massY == null ? new double[capacity] : Arrays.copyOf(massY, capacity);
            centreX = centreX == null ? new double[capacity] : Arrays.copyOf(centreX, capacity);
            centreY = centreY == null ? new double[capacity] : Arrays.copyOf(centreY, capacity);
            half = half == null ? new double[capacity] : Arrays.copyOf(half, capacity);
        }

        private int cell(double cx, double cy, double h) {
            if (cells == body.length) {
                allocate(body.length * 2);
            }
            int c = cells++;
            Arrays.fill(child, c * 4, c * 4 + 4, -1);
            body[c] = -1;
            mass[c] = 0;
            massX[c] = 0;
            massY[c] = 0;
            centreX[c] = cx;
            centreY[c] = cy;
            half[c] = h;
            return c;
        }

        void build(double[] x, double[] y) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < x.length; i++) {
                minX = Math.min(minX, x[i]);
                minY = Math.min(minY, y[i]);
                maxX = Math.max(maxX, x[i]);
                maxY = Math.max(maxY, y[i]);
            }
            cells = 0;
            int root = cell((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2 + 1e-6);
            for (int i = 0; i < x.length; i++) {
                insert(root, i, x, y);
            }
        }

        private boolean leaf(int c) {
            return child[c * 4] == -1 && child[c * 4 + 1] == -1 && child[c * 4 + 2] == -1 && child[c * 4 + 3] == -1;
        }

        private void addMass(int c, double px, double py) {
            double m = mass[c];
            massX[c] = (massX[c] * m + px) / (m + 1);
            massY[c] = (massY[c] * m + py) / (m + 1);
            mass[c] = m + 1;
        }

        private void insert(int root, int i, double[] x, double[] y) {
            double px = x[i];
            double py = y[i];
            int c = root;
            for (int depth = 0; ; depth++) {
                if (leaf(c)) {
                    if (mass[c] == 0) {
                        body[c] = i;
                        addMass(c, px, py);
                        return;
                    }
                    if (depth >= MAX_DEPTH) {
                        body[c] = MANY; // coincident points: the leaf keeps their mass and counts as one body
                        addMass(c, px, py);
                        return;
                    }
                    // Split the leaf: its one body moves down a level (its mass is already counted here).
                    int resident = body[c];
                    body[c] = -1;
                    int sub = subcell(c, quadrant(c, x[resident], y[resident]));
                    body[sub] = resident;
                    addMass(sub, x[resident], y[resident]);
                }
                addMass(c, px, py);
                c = subcell(c, quadrant(c, px, py));
            }
        }

        private int quadrant(int c, double px, double py) {
            return (px >= centreX[c] ? 1 : 0) + (py >= centreY[c] ? 2 : 0);
        }

        private int subcell(int c, int q) {
            int existing = child[c * 4 + q];
            if (existing >= 0) {
                return existing;
            }
            double h = half[c] / 2;
            int sub = cell(centreX[c] + ((q & 1) == 1 ? h : -h), centreY[c] + ((q & 2) == 2 ? h : -h), h);
            child[c * 4 + q] = sub;
            return sub;
        }

        /** Adds to (dx, dy) of body i the repulsion k²/d (k = 1) of every other body, far cells taken as one. */
        void repulse(int i, double[] x, double[] y, double[] dx, double[] dy) {
            double px = x[i];
            double py = y[i];
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int c = stack[--top];
                if (body[c] == i) {
                    continue;
                }
                double ex = px - massX[c];
                double ey = py - massY[c];
                double d2 = ex * ex + ey * ey;
                boolean leaf = leaf(c);
                double size = 2 * half[c];
                if (leaf || size * size < THETA * THETA * d2) {
                    // A leaf of coincident bodies that holds this one pushes it with the others' mass only.
                    double m = leaf && body[c] == MANY && d2 < 1e-9 ? mass[c] - 1 : mass[c];
                    if (d2 < 1e-9) {
                        // Two leads on one spot: a nudge by index parts them deterministically.
                        ex = ((i * 7919) % 13 - 6) * 1e-3;
                        ey = ((i * 104_729) % 11 - 5) * 1e-3;
                        d2 = ex * ex + ey * ey + 1e-12;
                    }
                    double force = m / d2;
                    dx[i] += ex * force;
                    dy[i] += ey * force;
                } else {
                    for (int q = 0; q < 4; q++) {
                        int sub = child[c * 4 + q];
                        if (sub >= 0) {
                            if (top == stack.length) {
                                stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = sub;
                        }
                    }
                }
            }
        }
    }
}
