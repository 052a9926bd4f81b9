import com.sun.tools.attach.VirtualMachine;

/**
 * Loads async-profiler into a running JVM with an agent command, e.g.
 * {@code java Attach.java <pid> <libasyncProfiler.so> start,event=cpu,interval=1ms}
 * then {@code ... stop,file=/tmp/x.collapsed,collapsed}. (jcmd's JVMTI.agent_load cannot pass
 * options that contain '=', so this is the portable way without async-profiler's own launcher.)
 */
public class Attach {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java Attach.java <pid> <path to libasyncProfiler.so> <agent command>");
            System.exit(2);
        }
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
