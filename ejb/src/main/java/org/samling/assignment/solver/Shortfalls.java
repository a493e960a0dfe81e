package org.samling.assignment.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the chairs are told when the reviews cannot all be placed: the reasons, most specific first. */
final class Shortfalls {

    private Shortfalls() {
    }

    /**
     * Why the reviews cannot all be placed, most specific first: a submission with too few eligible
     * reviewers (or too few once the institution cap is applied), a group (track) whose eligible
     * reviewers cannot take its reviews, the committee's capacity as a whole; else the shortfall of
     * the constraints together.
     */
    static List<Solution.Shortfall> diagnose(Instance in, int placed) {
        List<Solution.Shortfall> out = new ArrayList<>();
        int[] need = AssignmentSolver.need(in);
        int[] fixedLoad = AssignmentSolver.fixedLoads(in);
        int[] room = new int[in.reviewers().size()];
        for (int j = 0; j < room.length; j++) {
            room[j] = Math.max(0, in.reviewers().get(j).maxLoad() - fixedLoad[j]);
        }
        for (int i = 0; i < in.size(); i++) {
            List<Instance.Candidate> cs = in.candidates().get(i);
            int eligible = (int) cs.stream().filter(c -> room[c.reviewer()] > 0).count();
            if (eligible < need[i]) {
                out.add(new Solution.Shortfall("submission", in.submissions().get(i).label(), need[i], eligible));
            } else if (in.institutionCap() > 0) {
                Map<Integer, Integer> perInstitution = new HashMap<>();
                int free = 0;
                for (Instance.Candidate c : cs) {
                    int inst = in.reviewers().get(c.reviewer()).institution();
                    if (room[c.reviewer()] == 0) {
                        continue;
                    }
                    if (inst < 0) {
                        free++;
                    } else {
                        perInstitution.merge(inst, 1, Integer::sum);
                    }
                }
                int available = free + perInstitution.values().stream().mapToInt(v -> Math.min(v, in.institutionCap())).sum();
                if (available < need[i]) {
                    out.add(new Solution.Shortfall("institutionCap", in.submissions().get(i).label(), need[i], available));
                }
            }
        }
        Map<String, Integer> groupNeed = new LinkedHashMap<>();
        Map<String, Set<Integer>> groupReviewers = new LinkedHashMap<>();
        for (int i = 0; i < in.size(); i++) {
            String g = in.submissions().get(i).group();
            groupNeed.merge(g, need[i], Integer::sum);
            Set<Integer> rs = groupReviewers.computeIfAbsent(g, x -> new TreeSet<>());
            in.candidates().get(i).forEach(c -> rs.add(c.reviewer()));
        }
        groupNeed.forEach((g, n) -> {
            int capacity = groupReviewers.get(g).stream().mapToInt(j -> room[j]).sum();
            if (n > capacity) {
                out.add(new Solution.Shortfall("group", g, n, capacity));
            }
        });
        int demand = Arrays.stream(need).sum();
        int capacity = Arrays.stream(room).sum();
        if (demand > capacity) {
            out.add(new Solution.Shortfall("total", "", demand, capacity));
        }
        if (out.isEmpty()) {
            out.add(new Solution.Shortfall("combined", "", demand, placed));
        }
        return out;
    }
}
