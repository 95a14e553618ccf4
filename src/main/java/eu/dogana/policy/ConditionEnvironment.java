package eu.dogana.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import eu.dogana.pii.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The typed CEL context of policy conditions, and the compiler and runtime built over it once per load.
 *
 * <p>Variables (all always bound; absent values are empty, never missing):
 * <pre>
 * principal.id              string        caller id
 * principal.tenant          string
 * principal.roles           list(string)
 * purpose                   string        declared purpose, "" when none
 * purpose_info.known        bool          the purpose is defined in the bundle
 * purpose_info.legal_basis  string        its Art. 6(1) basis ("consent" …), "" when unknown
 * purpose_info.data_categories list(string) its allowed data categories (DataCategory names)
 * purpose_info.special      list(string)  special-category types its Art. 9(2) condition covers
 * purpose_info.art9_2       string        the Art. 9(2) point it names ("b", "h" …), "" when none
 * model                     string
 * backend.region            string        the preferred candidate backend's region (ISO 3166), "" when none
 * backend.regions           list(string)  all candidate regions
 * findings.count            map(string, int) findings per entity type; every EntityType name is a key (0 if absent)
 * findings.total            int
 * findings.types            list(string)  entity types found
 * findings.special          list(string)  Art. 9 / Art. 10 types found
 * findings.categories       list(string)  data categories found
 * findings.languages        list(string)  ISO 639-1 codes
 * findings.minors           int           persons judged under 16 (see FindingsSummary)
 * request.tokens            int           estimated prompt tokens
 * request.stream            bool
 * request.tools             list(string)  tool names offered to the model
 * time                      timestamp     arrival time
 * </pre>
 * Dotted names are declared as qualified identifiers (CEL resolves {@code findings.count} to the variable of that
 * name), which keeps the context proto-free and fully typed: {@code principal.idd} or {@code purpose == 1} fail
 * type-checking at load. Beyond type-checking, string constants that index {@code findings.count} or are tested
 * against {@code findings.types}/{@code findings.special} must be entity type names, and constants compared with
 * {@code purpose} must be purposes of the bundle (or {@code ""}).
 */
final class ConditionEnvironment {

    static final Map<String, CelType> VARIABLES = variables();

    private static final Set<String> ENTITY_LISTS = Set.of("findings.types", "findings.special");

    private final CelCompiler compiler;
    private final CelRuntime runtime;

    ConditionEnvironment() {
        CelOptions options = CelOptions.current().build();
        var builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(options)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setResultType(SimpleType.BOOL);
        VARIABLES.forEach(builder::addVar);
        this.compiler = builder.build();
        this.runtime = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(options).build();
    }

    private static Map<String, CelType> variables() {
        CelType strings = ListType.create(SimpleType.STRING);
        Map<String, CelType> vars = new LinkedHashMap<>();
        vars.put("principal.id", SimpleType.STRING);
        vars.put("principal.tenant", SimpleType.STRING);
        vars.put("principal.roles", strings);
        vars.put("purpose", SimpleType.STRING);
        vars.put("purpose_info.known", SimpleType.BOOL);
        vars.put("purpose_info.legal_basis", SimpleType.STRING);
        vars.put("purpose_info.data_categories", strings);
        vars.put("purpose_info.special", strings);
        vars.put("purpose_info.art9_2", SimpleType.STRING);
        vars.put("model", SimpleType.STRING);
        vars.put("backend.region", SimpleType.STRING);
        vars.put("backend.regions", strings);
        vars.put("findings.count", MapType.create(SimpleType.STRING, SimpleType.INT));
        vars.put("findings.total", SimpleType.INT);
        vars.put("findings.types", strings);
        vars.put("findings.special", strings);
        vars.put("findings.categories", strings);
        vars.put("findings.languages", strings);
        vars.put("findings.minors", SimpleType.INT);
        vars.put("request.tokens", SimpleType.INT);
        vars.put("request.stream", SimpleType.BOOL);
        vars.put("request.tools", strings);
        vars.put("time", SimpleType.TIMESTAMP);
        return Map.copyOf(vars);
    }

    /** A problem in an expression, at a 1-based line and 0-based column of the expression text. */
    record Issue(int line, int column, String message) {}

    /** Either a condition or the issues that prevent one. */
    record Compiled(Optional<Condition> condition, List<Issue> issues) {}

    /**
     * Parses, type-checks (result must be {@code bool}), checks constant names and plans the expression.
     *
     * @param knownPurpose whether a purpose id exists in the bundle being loaded
     */
    Compiled compile(String source, Predicate<String> knownPurpose) {
        CelValidationResult result = compiler.compile(source);
        List<Issue> issues = new ArrayList<>();
        if (result.hasError()) {
            for (CelIssue issue : result.getErrors()) {
                CelSourceLocation at = issue.getSourceLocation();
                issues.add(new Issue(Math.max(at.getLine(), 1), Math.max(at.getColumn(), 0), firstLine(issue.getMessage())));
            }
            return new Compiled(Optional.empty(), issues);
        }
        CelAbstractSyntaxTree ast;
        try {
            ast = result.getAst();
        } catch (CelValidationException e) {
            issues.add(new Issue(1, 0, firstLine(e.getMessage())));
            return new Compiled(Optional.empty(), issues);
        }
        checkConstants(ast, knownPurpose, issues);
        if (!issues.isEmpty()) {
            return new Compiled(Optional.empty(), issues);
        }
        try {
            return new Compiled(Optional.of(new Condition(source, runtime.createProgram(ast))), issues);
        } catch (CelEvaluationException e) {
            issues.add(new Issue(1, 0, "cannot plan expression: " + firstLine(e.getMessage())));
            return new Compiled(Optional.empty(), issues);
        }
    }

    private static void checkConstants(CelAbstractSyntaxTree ast, Predicate<String> knownPurpose, List<Issue> issues) {
        CelNavigableAst.fromAst(ast).getRoot().allNodes().forEach(node -> {
            CelExpr expr = node.expr();
            if (expr.exprKind().getKind() != CelExpr.ExprKind.Kind.CALL) {
                return;
            }
            String function = expr.call().function();
            List<CelExpr> args = expr.call().args();
            if (args.size() != 2) {
                return;
            }
            CelExpr left = args.get(0);
            CelExpr right = args.get(1);
            switch (function) {
                case "_[_]" -> {
                    if ("findings.count".equals(variable(ast, left))) {
                        checkEntity(ast, right, issues);
                    }
                }
                case "@in" -> {
                    String target = variable(ast, right);
                    if (target != null && ENTITY_LISTS.contains(target)) {
                        checkEntity(ast, left, issues);
                    } else if ("purpose".equals(variable(ast, left))) {
                        checkPurposes(ast, right, knownPurpose, issues);
                    }
                }
                case "_==_", "_!=_" -> {
                    if ("purpose".equals(variable(ast, left))) {
                        checkPurposes(ast, right, knownPurpose, issues);
                    } else if ("purpose".equals(variable(ast, right))) {
                        checkPurposes(ast, left, knownPurpose, issues);
                    }
                }
                default -> {
                    // Other calls carry no names we know how to check.
                }
            }
        });
    }

    private static void checkEntity(CelAbstractSyntaxTree ast, CelExpr expr, List<Issue> issues) {
        String name = stringConstant(expr);
        if (name != null && EntityType.byName(name).isEmpty()) {
            issues.add(at(ast, expr, "unknown entity type '" + name + "'"));
        }
    }

    private static void checkPurposes(
            CelAbstractSyntaxTree ast, CelExpr expr, Predicate<String> knownPurpose, List<Issue> issues) {
        if (expr.exprKind().getKind() == CelExpr.ExprKind.Kind.LIST) {
            for (CelExpr element : expr.list().elements()) {
                checkPurposes(ast, element, knownPurpose, issues);
            }
            return;
        }
        String name = stringConstant(expr);
        if (name != null && !name.isEmpty() && !knownPurpose.test(name)) {
            issues.add(at(ast, expr, "unknown purpose '" + name + "'"));
        }
    }

    /** The variable an expression names, whether the checker kept it as a select chain or an identifier. */
    private static String variable(CelAbstractSyntaxTree ast, CelExpr expr) {
        Optional<CelReference> reference = ast.getReference(expr.id());
        if (reference.isPresent() && reference.get().value().isEmpty()) {
            return reference.get().name();
        }
        if (expr.exprKind().getKind() == CelExpr.ExprKind.Kind.IDENT) {
            return expr.ident().name();
        }
        return null;
    }

    private static String stringConstant(CelExpr expr) {
        if (expr.exprKind().getKind() == CelExpr.ExprKind.Kind.CONSTANT
                && expr.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
            return expr.constant().stringValue();
        }
        return null;
    }

    private static Issue at(CelAbstractSyntaxTree ast, CelExpr expr, String message) {
        Integer offset = ast.getSource().getPositionsMap().get(expr.id());
        if (offset != null) {
            Optional<CelSourceLocation> location = ast.getSource().getOffsetLocation(offset);
            if (location.isPresent()) {
                return new Issue(location.get().getLine(), location.get().getColumn(), message);
            }
        }
        return new Issue(1, 0, message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid expression";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
