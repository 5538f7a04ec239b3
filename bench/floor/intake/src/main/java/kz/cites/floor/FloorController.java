package kz.cites.floor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/floor")
class FloorController {

  private final JdbcSubmissions jdbc;
  private final JpaSubmissions jpa;

  FloorController(JdbcSubmissions jdbc, JpaSubmissions jpa) {
    this.jdbc = jdbc;
    this.jpa = jpa;
  }

  /** Spring MVC + Jackson + Tomcat: the body read and mapped, a small JSON answer, nothing stored. */
  @PostMapping("/empty")
  ResponseEntity<Submission.Accepted> empty(@RequestBody Submission submission) {
    return ResponseEntity.accepted().body(Registration.of(submission).accepted());
  }

  /** The two inserts in one transaction through JdbcTemplate (a DataSourceTransactionManager). */
  @PostMapping("/jdbc")
  ResponseEntity<Submission.Accepted> jdbc(@RequestBody Submission submission) {
    return ResponseEntity.accepted().body(jdbc.submit(submission));
  }

  /** The two inserts through two entities and Spring Data repositories, one @Transactional method. */
  @PostMapping("/jpa")
  ResponseEntity<Submission.Accepted> jpa(@RequestBody Submission submission) {
    return ResponseEntity.accepted().body(jpa.submit(submission));
  }
}
