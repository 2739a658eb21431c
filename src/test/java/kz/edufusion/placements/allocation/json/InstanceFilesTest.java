package kz.edufusion.placements.allocation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import kz.edufusion.placements.allocation.AllocationInstance;
import kz.edufusion.placements.allocation.RandomInstancesAccess;
import org.junit.jupiter.api.Test;

class InstanceFilesTest {

    @Test
    void aWrittenInstanceReadsBackEqual() throws IOException {
        AllocationInstance instance = RandomInstancesAccess.generate(11, 2_000, 300, 10, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        InstanceFiles.write(instance, out);
        ReadInstance read = InstanceJson.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(read.problems()).isEmpty();
        assertThat(read.instance()).isEqualTo(instance);
    }
}
