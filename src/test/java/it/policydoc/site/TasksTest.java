package it.policydoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Tasks run in the order asked and hand back their results in the order they were given. */
class TasksTest {

    @Test
    void resultsComeInTheTasksOrderWhateverOrderTheyRanIn() {
        List<String> ran = new ArrayList<>();
        List<Callable<String>> tasks = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            tasks.add(() -> {
                ran.add(name);
                return name.toUpperCase();
            });
        }
        assertEquals(List.of("A", "B", "C", "D"), Tasks.SEQUENTIAL.runAll(tasks, List.of(2, 0, 3, 1)));
        assertEquals(List.of("c", "a", "d", "b"), ran);
    }
}
